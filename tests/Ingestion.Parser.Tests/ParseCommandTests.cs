using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parse-verb-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void Each_file_gives_one_json_line_named_by_its_file_in_the_order_given()
    {
        var text = Write("ferry.txt", """
            Ferry fares to rise in spring

            By Dana Ruiz

            March 14, 2023

            Ferry fares across the harbour will rise by a tenth in April, the port authority said on Tuesday, the first rise in six years.

            The authority said fuel and wages had both gone up since the last change, and that season tickets would keep their price.
            """);
        var html = Write("bridge.html", """
            <html><head><title>Bridge repairs start Monday</title></head><body><article>
            <h1>Bridge repairs start Monday</h1>
            <p>Repairs to the old swing bridge start on Monday and will close one lane for six weeks, the council said in a statement.</p>
            <p>Buses will keep their routes, but drivers should expect delays at the morning peak while the work goes on.</p>
            </article></body></html>
            """);

        var exitCode = ParseCommand.Run([ParseCommand.Name, text, html], _output, _error);

        Assert.Equal(0, exitCode);
        Assert.Empty(_error.ToString());
        var pages = Lines().Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["ferry.txt", "bridge.html"], pages.Select(page => page.GetProperty("source").GetString()));
        Assert.Equal(["Ferry fares to rise in spring", "Bridge repairs start Monday"], pages.Select(page => page.GetProperty("title").GetString()));
        Assert.Equal("Dana Ruiz", Assert.Single(pages[0].GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal(2, pages[1].GetProperty("body_paragraphs").GetArrayLength());
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_on_stderr_and_fails_the_run_while_the_others_still_print()
    {
        var missing = Path.Combine(_folder, "gone.txt");
        var text = Write("note.txt", "Council approves new library\n\nThe council approved plans for a new library on the old market site on Tuesday, with building to start next year.\n");

        var exitCode = ParseCommand.Run([ParseCommand.Name, missing, text], _output, _error);

        Assert.Equal(1, exitCode);
        Assert.Contains($"parse: cannot read {missing}", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal("note.txt", JsonDocument.Parse(Assert.Single(Lines())).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public void Without_files_the_verb_refuses_says_what_is_missing_and_prints_no_split()
    {
        var exitCode = ParseCommand.Run([ParseCommand.Name], _output, _error);

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain(Lines(), line => line.StartsWith('{'));
        Assert.Contains("'files' missing", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_names_the_verb_and_says_how_the_service_runs()
    {
        var exitCode = ParseCommand.Run(["--help"], _output, _error);

        Assert.Equal(0, exitCode);
        Assert.Contains("parse", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("DocumentFetched", _output.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string[] Lines() => _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _output.Dispose();
        _error.Dispose();
    }
}
