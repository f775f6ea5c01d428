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
        // "Lerato Khumalo, Sapa": the South African Press Association signed the wire copy South African sites carried until 2015.
        "sapa", "south african press association",
        // "Text by NEWS WIRES": a broadcaster's site signs the stories its desk wrote from the agencies' copy with the
        // wires as a whole, no writer.
        "news wires", "newswires", "wires", "wire services", "news agencies",
    ]);

    public static bool IsWireService(ReadOnlySpan<char> name) => WireServices.Contains(name.Trim());

    /// <summary>
    /// "By EDITH MARLOWE Associated Press", "By Karen Olsen Agence France-Presse": a local paper's copy of a wire story runs
    /// the agency after the writer's name on the byline's line. Where the last two to four words name an agency and a name
    /// stands right before them (no comma between), the index the agency starts at; otherwise -1.
    /// </summary>
    public static int TrailingServiceAt(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        var start = text.Length;
        for (var words = 1; words <= 4; words++)
        {
            start = start > 0 ? text[..start].TrimEnd().LastIndexOf(' ') : -1;
            if (start <= 0)
            {
                return -1;
            }

            if (words >= 2 && WireServices.Contains(text[(start + 1)..]) && char.IsLetter(text[start - 1]) && Words.Count(text[..start]) >= 2)
            {
                return start;
            }
        }

        return -1;
    }
}
