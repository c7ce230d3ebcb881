// Reads each file given with YamlDotNet's parser, event by event as GitHub's runner does, and
// prints one line per file: "accepted <path>" or "rejected <path>: <line>:<column> <message>".
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

foreach (var path in args)
{
    try
    {
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        while (parser.MoveNext())
        {
            _ = parser.Current;
        }
        Console.WriteLine($"accepted {path}");
    }
    catch (YamlException error)
    {
        var message = error.Message.ReplaceLineEndings(" ");
        Console.WriteLine($"rejected {path}: {error.Start.Line}:{error.Start.Column} {message}");
    }
    catch (Exception error)
    {
        // YamlDotNet's scanner throws other exceptions on some broken input: still a rejection.
        Console.WriteLine($"rejected {path}: {error.GetType().Name} {error.Message.ReplaceLineEndings(" ")}");
    }
}
