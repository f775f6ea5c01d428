using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A blogging platform's response card closes with a button row whose buttons are links styled as buttons:
/// "&lt;div class="buttonSet"&gt;&lt;a class="button button--chromeless" href="#"&gt;Respond&lt;/a&gt;" on a card nobody
/// answered, "&lt;a class="button …"&gt;1 response&lt;/a&gt;" on one that was. A real button never reaches the text, but a
/// link does: "Respond" would end each response as a paragraph, and "1 response" reads as the thread's declared count
/// and swallows the card above it. Only a link whose class names a button and whose whole text is the verb or such a
/// count goes; a link in the text ("respond to the council") keeps its place.
/// </summary>
internal static class ResponseButtonLinks
{
    public static void Remove(IElement container) => MatchingElements.Remove(container, "a[class~='button']", IsResponseButton);

    private static bool IsResponseButton(IElement link)
    {
        if (link.ChildElementCount > 0)
        {
            return false;
        }

        var text = link.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > 16)
        {
            return false;
        }

        if (text.Equals("Respond", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "1 response", "12 responses": the card's own count of answers.
        var space = text.IndexOf(' ');
        if (space <= 0 || !int.TryParse(text[..space], out _))
        {
            return false;
        }

        var word = text[(space + 1)..];
        return word.Equals("response", StringComparison.OrdinalIgnoreCase) || word.Equals("responses", StringComparison.OrdinalIgnoreCase);
    }
}
