namespace Ingestion.Parser.Core;

/// <summary>
/// "By Rédaction Harbour and AFP", "Redaktion BWK mit dpa", "Redazione Web e ANSA": a newsroom signing as itself with the
/// agency whose copy it drew on joined after it. The agency is no writer, and the newsroom is none either
/// (<see cref="NewsroomDeskName"/>); read whole, the join made the signature one word too long to be a desk's name, so
/// another line of the page (a caption's "FILE -" mark, a footer heading) was taken for the writer. Only a join word and
/// a known wire service (<see cref="WireServiceByline"/>) closing the line are passed over. Cost: one search for the last
/// space and a set lookup per name asked, allocation-free.
/// </summary>
internal static class NewsroomWithAgency
{
    private static readonly WordSet Joins = new(["and", "&", "et", "und", "e", "y", "en", "with", "avec", "mit", "con", "com", "met"]);

    /// <summary>The signature before "and AFP" when the line ends so, else the line itself.</summary>
    public static ReadOnlySpan<char> Newsroom(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd(" .");
        var agencyAt = text.LastIndexOf(' ');
        if (agencyAt <= 0 || !WireServiceByline.IsWireService(text[(agencyAt + 1)..]))
        {
            return line;
        }

        var before = text[..agencyAt].TrimEnd(" ,");
        var joinAt = before.LastIndexOf(' ');
        return joinAt > 0 && Joins.Contains(before[(joinAt + 1)..]) ? before[..joinAt].TrimEnd(" ,") : line;
    }
}
