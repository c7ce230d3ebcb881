export const id = 324;
export const ids = [324];
export const modules = {

/***/ 324:
/***/ ((module) => {

module.exports = eval("require")("../migrate/command.js");


/***/ })

};
