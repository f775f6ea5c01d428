namespace Ingestion.Parser.Core;

/// <summary>
/// "Platform tells writers what to cover next [Video]", "Ten rooftop gardens [Photos]": a linked headline in a list of
/// coverage may close with the kind of story it leads to in square brackets. That tag names a format, not the agency a
/// broadcaster's caption credits in the same place ("… in the centre of the capital [AFP]"), so the line is no caption.
/// Cost: one <see cref="WordSet"/> look-up of the bracketed words, only for a line already read as such a caption.
/// </summary>
internal static class BracketedFormatTag
{
    private static readonly WordSet Formats = new(["video", "videos", "photo", "photos", "pics", "pictures", "gallery", "slideshow", "audio",
        "podcast", "infographic", "interactive", "chart", "charts", "map", "graphic", "poll", "quiz", "live", "update", "updated", "watch",
        "listen", "pdf", "opinion", "analysis", "review", "interview", "exclusive", "sponsored", "op-ed", "q&a"]);

    /// <summary>Whether the words inside the brackets name a story's format.</summary>
    public static bool Is(ReadOnlySpan<char> tag) => Formats.Contains(tag.Trim());
}
