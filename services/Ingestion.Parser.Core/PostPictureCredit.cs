namespace Ingestion.Parser.Core;

/// <summary>
/// "Cover image by Marta Quill", "Header image by Ines Varga": a blog closes its post with the credit of the picture over
/// it, named for where that picture stands. It is a credit (a caption entry, <see cref="CaptionDetector.IsCreditOnly"/>),
/// but of the picture at the top: the paragraph over it is the text's last, no caption of a picture beside it, as the
/// line over a bare "Photo by Name" may be.
/// </summary>
internal static class PostPictureCredit
{
    /// <summary>The openings, in lower case with their space; <see cref="CaptionDetector"/> lists them among its credit openings.</summary>
    public static readonly string[] Openings = ["cover image by ", "header image by ", "featured image by ", "feature image by ", "hero image by ", "lead image by "];

    private static readonly PrefixSet Prefixes = new(Openings);

    public static bool Is(string line) => Prefixes.Matches(line.AsSpan().Trim());
}
