namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted in: Congress, Senate, Budget fight": a network blog's footer files the post in its categories behind a
/// labelled "Posted in:", as "Filed under:" does on other blogs; the categories are the page's tag list, as
/// "Posted in A, B | Permalink" gives them (<see cref="TagLineParser"/>). A section and a date behind the label ("Posted
/// in: Local News on September 26, 2013") make a metadata line, no tags.
/// </summary>
internal static class PostedInCategoryLine
{
    private const string Label = "posted in:";

    /// <summary>The categories, or null when the line is no such footer.</summary>
    public static List<string>? TryRead(ReadOnlySpan<char> text)
    {
        if (text.Length <= Label.Length || (text[0] | 0x20) != 'p' || !text.StartsWith(Label, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var categories = text[Label.Length..].Trim();
        return categories.IsEmpty || Words.HasDigit(categories) || Words.EndsSentence(categories) || categories.Contains(" on ", StringComparison.Ordinal)
            ? null
            : TagLineParser.Split(categories);
    }
}
