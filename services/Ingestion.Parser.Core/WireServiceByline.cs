namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="author"&gt;Associated Press&lt;/div&gt;" over a game recap, or the same name on a line of its own under
/// the headline: a wire service signing the story it supplied names no writer, as a desk's signature names none. Signing
/// with the article ("By The Associated Press") it is the story's author, as a paper signing as itself is
/// (<see cref="BylineParser.IsDeskName"/>).
/// </summary>
internal static class WireServiceByline
{
    private static readonly WordSet WireServices = new(
    [
        "associated press", "ap", "reuters", "thomson reuters", "agence france-presse", "agence france presse", "afp",
        "united press international", "upi", "canadian press", "press association", "australian associated press", "aap",
        "bloomberg news", "dpa", "efe", "ansa",
        // "IANS | Sep 24, 2013, 05.42 PM IST": India's and Asia's agencies sign the stories Indian portals carry.
        "ians", "pti", "press trust of india", "ani", "uni", "xinhua", "kyodo", "yonhap", "bernama",
    ]);

    public static bool IsWireService(ReadOnlySpan<char> name) => WireServices.Contains(name.Trim());
}
