using System.Text.Json;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// The labelled text pages with comments, each with its labelled comments, for the variant tests that rewrite a thread
/// where the label shows exactly which lines are its headers and paragraphs.
/// </summary>
public static class LabelledComments
{
    public sealed record Comment(string? Author, int? Parent, IReadOnlyList<string> Paragraphs);

    private static readonly Lazy<Dictionary<string, IReadOnlyList<Comment>>> TextPages = new(() =>
        LabelledPages.All().Where(path => path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(path => (Path: path, Comments: Read(LabelledPages.ExpectedFor(path))))
            .Where(page => page.Comments.Count > 0)
            .ToDictionary(page => page.Path, page => (IReadOnlyList<Comment>)page.Comments));

    /// <summary>Fails unless at least <paramref name="least"/> pages were rewritten and every one splits as before.</summary>
    public static void AssertEveryPageSplitsTheSame(Func<string, IReadOnlyList<Comment>, string> rewrite, int least)
    {
        var commentsOf = TextPages.Value;
        var (rewritten, differing) = VariantSplits.Compare(commentsOf.Keys, (path, text) => rewrite(text, commentsOf[path]));

        VariantSplits.AssertNoneDiffer(rewritten, differing, least);
    }

    private static List<Comment> Read(string expectedPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        return document.RootElement.GetProperty("comments").EnumerateArray()
            .Select(comment => new Comment(
                comment.GetProperty("author").GetString(),
                comment.GetProperty("parent").ValueKind == JsonValueKind.Number ? comment.GetProperty("parent").GetInt32() : null,
                comment.GetProperty("paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString() ?? "").ToList()))
            .ToList();
    }
}
