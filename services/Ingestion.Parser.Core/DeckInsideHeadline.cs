using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1 class="title"&gt;&lt;span class="headline"&gt;Letters to a young mayor&lt;/span&gt; &lt;span class="caption"&gt;What the
/// job taught me&lt;/span&gt;&lt;/h1&gt;": a magazine sets the deck inside the headline's own heading in a caption's type style. A
/// picture's caption never stands inside a top-level heading; the line is the headline's deck, no caption, no text
/// and no part of the headline.
/// </summary>
internal static class DeckInsideHeadline
{
    public static bool Is(IElement caption) =>
        caption.LocalName != "figcaption" && caption.ParentElement?.Nearest("h1") is not null;
}
