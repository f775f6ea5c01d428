using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="embed_caption"&gt;&lt;p&gt;The ferry leaves the north pier.&lt;/p&gt;&lt;/div&gt;&lt;div
/// class="embed_credit_and_caption"&gt;&lt;p&gt;The ferry leaves the north pier.&lt;/p&gt; (Jane Doe / AP)&lt;/div&gt;": a lightbox's
/// metadata box sets the caption alone and then the caption with its credit, for two layouts of which a reader sees one.
/// The box beside the caption is read as its credit; when its text opens with the caption's, it is the whole entry, the
/// caption not printed twice.
/// </summary>
internal static class CaptionRepeatedWithCredit
{
    /// <summary>The credit box's text when it repeats the caption before the credit, else null.</summary>
    public static string? Entry(IElement caption, IElement credit)
    {
        var captionText = Whitespace.Collapse(caption.TextContent);
        if (captionText.Length < 20)
        {
            return null;
        }

        var creditText = Whitespace.Collapse(credit.TextContent);
        return creditText.Length > captionText.Length && creditText.StartsWith(captionText, StringComparison.Ordinal) ? creditText : null;
    }
}
