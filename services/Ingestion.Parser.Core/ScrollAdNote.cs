namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;p class="para_caption"&gt;ADVERTISEMENT&lt;/p&gt;&lt;div&gt;…slot…&lt;/div&gt;&lt;p class="para_caption"&gt;SCROLL TO CONTINUE WITH
/// CONTENT&lt;/p&gt;": the note an in-text scroll ad (a "parallax" slot between two paragraphs) prints under itself, as
/// "ADVERTISEMENT" is its opening label (AdLabelBox). It is no paragraph, and, set in a caption's class, no caption.
/// </summary>
internal static class ScrollAdNote
{
    private const string Note = "scroll to continue with content";

    public static bool Is(ReadOnlySpan<char> text) => text.Trim(" .:-–—").Equals(Note, StringComparison.OrdinalIgnoreCase);
}
