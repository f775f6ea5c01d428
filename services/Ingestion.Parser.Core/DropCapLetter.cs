using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="g-drop"&gt;T&lt;/span&gt; &lt;span class="g-upper"&gt;he museum&lt;/span&gt; opens …": a feature template sets the
/// first letter of its text apart as a drop cap, and the markup leaves a space between the letter and the rest of its
/// word. The reader sees one word, "The"; read as written it would be "T he". The letter is glued to the word it opens
/// when its element is classed for a drop cap ("dropcap", "drop-cap", "g-drop"), holds one letter alone, and what follows
/// the space goes on in lower case.
/// </summary>
internal static class DropCapLetter
{
    /// <summary>
    /// Whether <paramref name="element"/>, an inline element whose class is <paramref name="className"/>, is such a letter
    /// followed by whitespace and then the rest of its word.
    /// </summary>
    public static bool GluesNext(IElement element, string className)
    {
        // Cheap gate: a class that names a drop cap, and one character of text.
        if (!className.Contains("drop", StringComparison.OrdinalIgnoreCase) || element.ChildElementCount != 0)
        {
            return false;
        }

        var letter = element.TextContent.AsSpan().Trim();
        if (letter.Length != 1 || !char.IsUpper(letter[0]))
        {
            return false;
        }

        // The space after the letter, then the word's rest: a text or an inline element that opens in lower case.
        if (element.NextSibling is not IText { } gap || !string.IsNullOrWhiteSpace(gap.Data) || gap.NextSibling is not { } rest)
        {
            return false;
        }

        var restText = rest.TextContent.AsSpan().TrimStart();
        return restText.Length > 0 && char.IsLower(restText[0]);
    }
}
