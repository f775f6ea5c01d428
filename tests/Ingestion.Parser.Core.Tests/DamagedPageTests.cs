using System.Globalization;
using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Every labelled page, damaged twice over (see <see cref="PageDamage"/>), some saved as Latin-1: pages from unseen sites
/// come truncated, garbled and half-run-together, and the parser must still give a well-formed split, never throw.
/// </summary>
public class DamagedPageTests
{
    private const int RoundsPerPage = 2;

    [Fact]
    public void Damaged_pages_give_well_formed_splits()
    {
        var checkedPages = 0;
        foreach (var path in LabelledPages.All())
        {
            var text = File.ReadAllText(path);
            var name = Path.GetFileName(path);
            for (var round = 0; round < RoundsPerPage; round++)
            {
                var seed = StableSeed(name, round);
                var damaged = PageDamage.Apply(text, seed);
                var bytes = seed % 5 == 0 ? Encoding.Latin1.GetBytes(damaged) : Encoding.UTF8.GetBytes(damaged);

                var page = PageParser.Parse(bytes, name);

                AssertWellFormed(page, $"{name}, round {round} (seed {seed})");
            }

            checkedPages++;
        }

        Assert.True(checkedPages > 1000, $"only {checkedPages} labelled pages found");
    }

    private static void AssertWellFormed(ParsedPage page, string what)
    {
        Assert.True(page.BodyParagraphs.All(paragraph => !string.IsNullOrWhiteSpace(paragraph)), $"{what}: a blank body paragraph");
        Assert.True(page.Title is null || page.Title.Trim().Length > 0, $"{what}: a blank title");
        Assert.True(IsIsoTime(page.PublishedAt), $"{what}: published_at {page.PublishedAt}");
        for (var i = 0; i < page.Comments.Count; i++)
        {
            var comment = page.Comments[i];
            Assert.True(comment.Ordinal == i + 1, $"{what}: comment {i + 1} numbered {comment.Ordinal}");
            Assert.True(comment.Parent is null || (comment.Parent >= 1 && comment.Parent < comment.Ordinal), $"{what}: comment {comment.Ordinal} replies to {comment.Parent}");
            Assert.True(IsIsoTime(comment.PostedAt), $"{what}: comment {comment.Ordinal} posted_at {comment.PostedAt}");
        }
    }

    /// <summary>Null, a date, a local date and time, or one with its offset: the three forms the output format allows.</summary>
    private static bool IsIsoTime(string? value) =>
        value is null
        || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        || DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A seed from the page's name, the same on every run and machine (string.GetHashCode is randomised per process).</summary>
    private static int StableSeed(string name, int round)
    {
        var hash = 2166136261u;
        foreach (var character in name)
        {
            hash = (hash ^ character) * 16777619u;
        }

        return (int)((hash ^ (uint)round) & int.MaxValue);
    }
}
