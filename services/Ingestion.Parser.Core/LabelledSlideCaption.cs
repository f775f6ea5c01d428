namespace Ingestion.Parser.Core;

/// <summary>
/// "1 of 5" / "PHOTO: Lobster boats sit at their moorings in the harbor, Sept. 14, 2013.Rafael Mendes/NBN News": a
/// broadcaster's gallery labels each slide's line as a picture's caption, its credit glued on. A slide's unlabelled
/// text is body (<see cref="SlideshowSlide"/>); a labelled one is the caption the label says it is, and its credit a
/// caption entry of its own.
/// </summary>
internal static class LabelledSlideCaption
{
    /// <summary>
    /// The caption and credit entries of a labelled slide line, or null when the line carries no caption label or is a bare
    /// labelled credit ("Photo: Jason Meld"), which the slide's credit rule keeps.
    /// </summary>
    public static IReadOnlyList<string>? TryRead(string text) =>
        text.AsSpan().TrimStart() is [var first, ..] && char.IsLetter(first) && CaptionDetector.OpensWithLabel(text) && !CaptionDetector.IsCreditOnly(text)
            ? CaptionDetector.TryRead(text)
            : null;
}
