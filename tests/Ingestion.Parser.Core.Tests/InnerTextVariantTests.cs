using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Every labelled HTML page printed as a browser's innerText (<see cref="InnerTextRendering"/>) and parsed as a text
/// page, each field compared with the page's label. A rendering loses some of what the label holds (a time or tags
/// only in the metadata, a writer named only in an image, a caption's mark), so not every field can match; the
/// differences that are known are listed in <c>InnerTextDifferences.txt</c> beside this file. The test fails on a
/// difference not listed (a rule made a rendering worse, or a new page's rendering differs: list it only once it is
/// clear no general rule can read it) and on a listed one that no longer differs (a rule mended it: take it off the list).
/// Reply nesting is not compared: the rendering has no indentation, and few threads say in words whom a reply answers.
/// </summary>
public partial class InnerTextVariantTests
{
    private static readonly string KnownDifferencesPath =
        Path.Combine(LabelledPages.RepositoryRoot, "tests", "Ingestion.Parser.Core.Tests", "InnerTextDifferences.txt");

    [Fact]
    public void The_labelled_HTML_pages_printed_as_innerText_differ_from_their_labels_only_where_listed()
    {
        var found = Differences().ToHashSet(StringComparer.Ordinal);
        var known = File.ReadLines(KnownDifferencesPath).Where(line => line.Length > 0 && line[0] != '#').ToHashSet(StringComparer.Ordinal);

        var worse = found.Except(known).Order(StringComparer.Ordinal).ToList();
        var mended = known.Except(found).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            worse.Count == 0 && mended.Count == 0,
            $"{worse.Count} differences not in InnerTextDifferences.txt:\n{string.Join('\n', worse.Take(40))}\n"
            + $"{mended.Count} listed that no longer differ:\n{string.Join('\n', mended.Take(40))}");
    }

    [Fact]
    public void Most_renderings_name_the_labelled_title_authors_and_commenters()
    {
        var pages = HtmlPages().Count();
        var differences = Differences().ToList();

        foreach (var field in new[] { "title", "authors", "commenters" })
        {
            var differing = differences.Count(difference => difference.StartsWith(field + '\t', StringComparison.Ordinal));
            Assert.True(differing * 5 < pages, $"{differing} of {pages} renderings differ in {field}");
        }
    }

    /// <summary>"field\tpage" for each field of each page whose rendering splits otherwise than the label says.</summary>
    public static IEnumerable<string> Differences()
    {
        foreach (var path in HtmlPages())
        {
            var html = TextDecoder.Decode(File.ReadAllBytes(path), mayBeHtml: true);
            var rendered = LabelledPages.SplitAsJson(InnerTextRendering.Of(html), Path.ChangeExtension(path, ".txt"));
            var page = Path.GetFileNameWithoutExtension(path);
            using var split = JsonDocument.Parse(rendered);
            using var label = JsonDocument.Parse(File.ReadAllText(LabelledPages.ExpectedFor(path)));
            foreach (var (field, read) in Fields)
            {
                if (read(split.RootElement) != read(label.RootElement))
                {
                    yield return field + '\t' + page;
                }
            }
        }
    }

    private static IEnumerable<string> HtmlPages() =>
        LabelledPages.All().Where(path => path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".htm", StringComparison.Ordinal));

    /// <summary>Each compared field as one string: spacing collapsed, the time to its day, tags in any order and case.</summary>
    private static readonly (string Name, Func<JsonElement, string> Read)[] Fields =
    [
        ("title", split => Collapsed(split.GetProperty("title"))),
        ("authors", split => Joined(split.GetProperty("authors").EnumerateArray().Select(Collapsed))),
        ("day", split => split.GetProperty("published_at").GetString() is { } time ? time[..Math.Min(10, time.Length)] : string.Empty),
        ("tags", split => Joined(split.GetProperty("tags").EnumerateArray().Select(tag => Collapsed(tag).ToLowerInvariant()).Order(StringComparer.Ordinal))),
        ("declared", split => split.GetProperty("declared_comment_count").ToString()),
        ("body", split => Joined(split.GetProperty("body_paragraphs").EnumerateArray().Select(Collapsed))),
        ("commenters", split => Joined(split.GetProperty("comments").EnumerateArray()
            .Select(comment => Collapsed(comment.GetProperty("author")) + " " + comment.GetProperty("paragraphs").GetArrayLength()))),
    ];

    private static string Collapsed(JsonElement text) => Spaces().Replace(text.GetString() ?? string.Empty, " ").Trim();

    private static string Joined(IEnumerable<string> items) => string.Join('\u001f', items);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
