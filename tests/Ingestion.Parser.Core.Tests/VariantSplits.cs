using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// Labelled pages rewritten as another site or scraper prints them, and parsed both ways: how many pages the rewrite
/// changed, and which of those split differently, with the first difference of each, for a variant test to assert none.
/// </summary>
public static class VariantSplits
{
    public static (int Rewritten, List<string> Differing) Compare(IEnumerable<string> paths, Func<string, string, string> rewrite)
    {
        var differing = new List<string>();
        var rewritten = 0;
        foreach (var path in paths)
        {
            var text = File.ReadAllText(path);
            var variant = rewrite(path, text);
            if (variant == text)
            {
                continue;
            }

            rewritten++;
            var before = LabelledPages.SplitAsJson(text, path);
            var after = LabelledPages.SplitAsJson(variant, path);
            if (before != after)
            {
                differing.Add(LabelledPages.Relative(path) + ": " + DifferingFields(before, after));
            }
        }

        return (rewritten, differing);
    }

    /// <summary>Fails unless <paramref name="least"/> pages at least had something to rewrite and none of them split differently.</summary>
    public static void AssertNoneDiffer(int rewritten, List<string> differing, int least)
    {
        Assert.True(rewritten >= least, $"only {rewritten} pages had anything to rewrite");
        Assert.True(differing.Count == 0, $"{differing.Count} of {rewritten} pages split differently:\n" + string.Join('\n', differing.Take(40)));
    }

    /// <summary>The fields two splits differ in; for the comments, the first comment and field that differ.</summary>
    public static string DifferingFields(string before, string after)
    {
        using var one = JsonDocument.Parse(before);
        using var two = JsonDocument.Parse(after);
        var fields = new List<string>();
        foreach (var property in one.RootElement.EnumerateObject())
        {
            var other = two.RootElement.GetProperty(property.Name);
            if (property.Value.GetRawText() != other.GetRawText())
            {
                fields.Add(property.Name == "comments" ? CommentDifference(property.Value, other) : $"{property.Name} {Short(property.Value.GetRawText())} -> {Short(other.GetRawText())}");
            }
        }

        return string.Join("; ", fields);
    }

    private static string CommentDifference(JsonElement before, JsonElement after)
    {
        var one = before.EnumerateArray().ToList();
        var two = after.EnumerateArray().ToList();
        if (one.Count != two.Count)
        {
            return $"comments {one.Count}->{two.Count}";
        }

        for (var i = 0; i < one.Count; i++)
        {
            foreach (var property in one[i].EnumerateObject())
            {
                var other = two[i].GetProperty(property.Name);
                if (property.Value.GetRawText() != other.GetRawText())
                {
                    return $"comment {i + 1} {property.Name} {Short(property.Value.GetRawText())} -> {Short(other.GetRawText())}";
                }
            }
        }

        return "comments";
    }

    private static string Short(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
