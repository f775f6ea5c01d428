using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="intro"&gt;Harbour board teases a new ferry for the spring.&lt;/p&gt;&lt;p&gt;The harbour board will …": an
/// intro-classed paragraph opening the text's container, whose words are the description meta's whole and which is far
/// shorter than a paragraph of the text, is the standfirst printed at the head of the body field, not the story's bold
/// lead (<see cref="TextOpeningLead"/>): a lead runs to a paragraph's length, a one-line summary does not.
/// </summary>
internal static class ShortIntroRepeatingDescription
{
    /// <summary>Shorter than a paragraph of the text, as <see cref="TextOpeningLead"/> measures one.</summary>
    private const int MaxLength = 80;

    public static bool Is(IElement element, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0 || ShownLength.Of(element.TextContent) >= MaxLength)
        {
            return false;
        }

        var text = Whitespace.Collapse(element.TextContent).Trim();
        return text.Length > 0 && descriptions.Contains(text);
    }
}
