using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="vf-avatar"&gt;&lt;span class="vf-avatar__initial"&gt;C&lt;/span&gt;&lt;/div&gt;" over "Cal Brenner": a comment
/// system that has no picture of the writer shows the first letter of the name in a coloured circle. Rendered as text,
/// the letter reads as a line of its own, the last paragraph of the comment above. A box whose class names an avatar and
/// whose whole text is one or two letters is that placeholder.
/// </summary>
internal static class AvatarInitials
{
    private const int MostLetters = 2;

    public static void Remove(IElement container) => MatchingElements.Remove(container, "[class*='avatar']", IsInitials);

    /// <summary>
    /// "E" / "email2markt" / "181 months ago": the placeholder as a text browser prints it, one letter on a line of its own
    /// right over the name it begins.
    /// </summary>
    public static bool IsOverName(PageLines lines, int index) =>
        lines[index].Text.AsSpan().Trim() is [var letter] && char.IsLetter(letter) && lines.NextNonBlank(index, lines.Count) is var next && next < lines.Count
        && lines[next].Text.AsSpan().TrimStart() is [var first, _, ..] && char.ToUpperInvariant(first) == char.ToUpperInvariant(letter);

    private static bool IsInitials(IElement element)
    {
        var text = element.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > MostLetters)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
