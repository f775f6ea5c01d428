namespace Ingestion.Parser.Core;

/// <summary>
/// "Copyright © 2013 The Tri-Valley Herald" in small print right under the story's last paragraph, inside the cell or
/// box that holds the text: the paper's notice, no paragraph of the story.
/// </summary>
internal static class CopyrightUnderText
{
    /// <summary>A notice is one short line; a paragraph that opens with "Copyright" and goes on is the story's.</summary>
    private const int MaxNoticeLength = 120;

    /// <summary>A provenance note under a notice is a short paragraph or two of small print, not a page of text.</summary>
    private const int MaxProvenanceLength = 600;

    public static List<string> Without(List<string> body) =>
        body.Count > 1 && IsNotice(body[^1])
            ? body[..^1]
            : ProvenanceUnderCopyright(body) ? body[..^2] : body;

    private static bool IsNotice(string line) =>
        line.Length <= MaxNoticeLength && CopyrightNotice.Opens(line)
        && CommentHeadings.Classify(line) == CommentHeadings.Kind.Footer;

    /// <summary>
    /// ProvenanceUnderCopyright: "© Quanta Magazine" / "Von »Wissen Monatlich« übersetzte und bearbeitete Fassung des
    /// Artikels »…« aus »Quanta Magazine«, einem …": a translated or licensed story closes with its owner's notice and the
    /// note on where it first ran, which names the owner again. Both are the licence's small print, no paragraphs of the
    /// story (as "This story originally appeared at …" is none). The note must name the notice's owner, so a last
    /// paragraph of the story that happens to follow a copyright line stays; the owner may look like a person's name
    /// ("© Quanta Magazine"), which alone would be a picture's credit, so the footer test is not asked here.
    /// </summary>
    private static bool ProvenanceUnderCopyright(List<string> body)
    {
        if (body.Count < 3 || body[^1].Length > MaxProvenanceLength || body[^2].Length > MaxNoticeLength || !body[^2].StartsWith('©'))
        {
            return false;
        }

        var owner = body[^2].AsSpan(1).Trim();
        return owner.Length >= 3 && body[^1].AsSpan().Contains(owner, StringComparison.Ordinal);
    }
}
