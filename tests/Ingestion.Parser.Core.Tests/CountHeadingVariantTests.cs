using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The same thread under another comment system's counted heading must split the same: the declared count, the
/// comments and every other field. Each labelled text page that declares a count is rewritten on one line only, the
/// last heading above its first comment that prints the label's count in a form recognised exactly.
/// </summary>
public partial class CountHeadingVariantTests
{
    // The counted headings of the systems of 2013, the singular where the count is one: Disqus and most newspaper
    // templates ("12 Comments"), Pluck, Echo and Gigya ("Comments (12)"), WordPress themes ("12 Responses to “Title”",
    // Twenty Thirteen's "12 thoughts on “Title”", "12 Replies to “Title”"), CNN's blogs ("soundoff (12 Responses)"),
    // newspaper systems that label the thread ("Reader Comments (12)").
    public static TheoryData<string, string> Forms => new()
    {
        { "{0} Comments", "1 Comment" },
        { "Comments ({0})", "Comments (1)" },
        { "{0} Responses to “{1}”", "1 Response to “{1}”" },
        { "{0} thoughts on “{1}”", "1 thought on “{1}”" },
        { "{0} Replies to “{1}”", "1 Reply to “{1}”" },
        { "soundoff ({0} Responses)", "soundoff (1 Response)" },
        { "Reader Comments ({0})", "Reader Comments (1)" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_counted_comment_heading_in_another_systems_wording_splits_the_same(string form, string singular)
    {
        var pages = LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal));
        var (rewritten, differing) = VariantSplits.Compare(pages, (path, text) => WithHeading(text, Label.Of(path), form, singular));

        VariantSplits.AssertNoneDiffer(rewritten, differing, 150);
    }

    [Fact]
    public void Only_the_heading_with_the_labels_count_above_the_first_comment_is_rewritten()
    {
        var label = new Label(3, "Ferry adds a late sailing", "First comment's text.");
        const string Page = "Ferry adds a late sailing\n\nComments (12)\n\n3 Comments\n\nAnn\nFirst comment's text.\n\n3 Comments\n";

        Assert.Equal(
            "Ferry adds a late sailing\n\nComments (12)\n\n3 Responses to “Ferry adds a late sailing”\n\nAnn\nFirst comment's text.\n\n3 Comments\n",
            WithHeading(Page, label, "{0} Responses to “{1}”", "1 Response to “{1}”"));
    }

    /// <summary>
    /// Rewrites the last counted heading above the first comment. A heading indented as a text browser prints its text
    /// (lynx, w3m) keeps its form where the new one names the title: those browsers wrap a line that long.
    /// </summary>
    private static string WithHeading(string text, Label? label, string form, string singular)
    {
        if (label is not { Count: > 0 } || label.Title.Length == 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        var heading = -1;
        Match? found = null;
        for (var index = 0; index < lines.Length && Collapsed(lines[index]) != label.FirstParagraph; index++)
        {
            var match = CountedHeading().Match(lines[index].TrimEnd('\r'));
            if (match.Success && int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) == label.Count)
            {
                (heading, found) = (index, match);
            }
        }

        var chosen = label.Count == 1 ? singular : form;
        if (found is null || (found.Groups["lead"].Length > 0 && chosen.Contains("{1}", StringComparison.Ordinal)))
        {
            return text;
        }

        var trail = lines[heading].EndsWith('\r') ? "\r" : "";
        lines[heading] = found.Groups["lead"].Value + string.Format(CultureInfo.InvariantCulture, chosen, label.Count, label.Title) + trail;
        return string.Join('\n', lines);
    }

    private sealed record Label(int Count, string Title, string FirstParagraph)
    {
        public static Label? Of(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(LabelledPages.ExpectedFor(path)));
            var root = document.RootElement;
            var comments = root.GetProperty("comments");
            if (root.GetProperty("declared_comment_count").ValueKind != JsonValueKind.Number || comments.GetArrayLength() == 0)
            {
                return null;
            }

            var paragraphs = comments[0].GetProperty("paragraphs");
            return new Label(
                root.GetProperty("declared_comment_count").GetInt32(),
                root.GetProperty("title").GetString() ?? "",
                paragraphs.GetArrayLength() > 0 ? paragraphs[0].GetString() ?? "" : "");
        }
    }

    private static string Collapsed(string line) => Spaces().Replace(line, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>"12 Comments", "Comments (12)", "12 Responses to “Title”", "12 thoughts on …", "soundoff (12 Responses)".</summary>
    [GeneratedRegex(@"^(?<lead>\s*)(?:(?<n>\d+) (?:comments?|responses?|replies|thoughts?)(?: (?:to|on) .*)?|comments? \((?<n>\d+)\)|soundoff \((?<n>\d+) responses?\)|discussion \((?<n>\d+) responses?\))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedHeading();
}
