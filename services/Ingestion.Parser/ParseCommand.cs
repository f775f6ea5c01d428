using System.CommandLine;
using Ingestion.Parser.Core;

namespace Ingestion.Parser;

/// <summary>The <c>parse FILE...</c> verb: splits local files and prints one JSON object per file, without the bus.</summary>
internal static class ParseCommand
{
    public const string Name = "parse";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Pages to split: plain text or HTML.",
            Arity = ArgumentArity.OneOrMore,
        };
        var parse = new Command(Name, "Split pages into article and comments; print one JSON object per file (JSON Lines).") { files };
        parse.SetAction(result => ParseFiles(result.GetValue(files) ?? [], output, error));
        var root = new RootCommand("Ingestion parser. Without a command it runs the service: it consumes DocumentFetched from RabbitMQ and publishes DocumentParsed.") { parse };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int ParseFiles(string[] files, TextWriter output, TextWriter error)
    {
        var exitCode = 0;
        foreach (var file in files)
        {
            byte[] content;
            try
            {
                content = File.ReadAllBytes(Resolve(file));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"parse: cannot read {file}: {exception.Message}");
                exitCode = 1;
                continue;
            }

            var name = Path.GetFileName(file);
            output.WriteLine(ParsedPageJson.Serialize(PageParser.Parse(content, name), name));
        }

        return exitCode;
    }

    /// <summary>
    /// <c>dotnet run</c> starts a web project in its own folder, so relative paths are taken from the caller's
    /// shell directory, which the environment still carries in PWD.
    /// </summary>
    private static string Resolve(string path) =>
        Path.IsPathRooted(path) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } callerDirectory
            ? path
            : Path.Combine(callerDirectory, path);
}
