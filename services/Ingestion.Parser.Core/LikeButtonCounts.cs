using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="post-ufi-button like-button"&gt;&lt;svg …&gt;&lt;/svg&gt;&lt;span class="label"&gt;23&lt;/span&gt;&lt;/a&gt;": a post's like
/// button shows its heart as an icon and only the count as text, so under the article's last paragraph the count reads
/// as a paragraph "23". A block whose class names a like ("like-button", "likes") and whose whole text is a count is the
/// button; a block of that class with words in it ("Like this story?") is left to the other rules.
/// </summary>
internal static class LikeButtonCounts
{
    private static readonly WordSet LikeWords = new("like", "likes");

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,.");

    /// <summary>"23", "1,204", "1.2K": a count as buttons print it.</summary>
    private const int LongestCount = 8;

    public static void Remove(IDocument document)
    {
        foreach (var button in document.SelectAll("[class*='like']").Where(IsLikeCount).ToList())
        {
            button.Remove();
        }
    }

    private static bool IsLikeCount(IElement element)
    {
        if (!LikeWords.ContainsNamePart(element.ClassName))
        {
            return false;
        }

        var text = element.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > LongestCount || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var number = text[^1] is 'K' or 'k' ? text[..^1] : text;
        return !number.ContainsAnyExcept(CountCharacters);
    }
}
