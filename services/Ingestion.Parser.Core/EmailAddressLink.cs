using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a rel="author"&gt;&lt;b&gt;Por: &lt;/b&gt;Redacción&lt;/a&gt;&lt;a href="mailto:redaccion@…"&gt;redaccion@eluniverso.example&lt;/a&gt;": a byline box
/// stacks the writer's address under the name by its style alone, the two links side by side in the markup, so their text
/// runs together ("Redacciónredaccion@…"). A mail link that shows the address itself is a contact, no part of a name; a
/// mail link on the name ("By &lt;a href="mailto:…"&gt;Ann Lee&lt;/a&gt;") stays.
/// </summary>
internal static class EmailAddressLink
{
    public static bool Is(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href && href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        && element.TextContent.AsSpan().Trim() is var shown && shown.IndexOf('@') > 0 && !shown.Contains(' ');
}
