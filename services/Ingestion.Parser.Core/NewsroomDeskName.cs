namespace Ingestion.Parser.Core;

/// <summary>
/// "von Redaktion BWK", "di Redazione Web", "par Rédaction Sport": a newsroom signing as itself, the desk's word first and
/// the site's short name or the section after it. A desk, like "Staff Report", is no writer; "Redaktion" alone already
/// names none (<see cref="BylineParser.IsDeskWord"/>). A Greek portal signs so too, "Σύνταξη" (the editorial staff) and
/// its short name ("Σύνταξη ΚΡ"); capitals drop the accent ("ΣΥΝΤΑΞΗ"), so the word is listed both ways.
/// </summary>
internal static class NewsroomDeskName
{
    private static readonly WordSet NewsroomWords = new(["redaktion", "redazione", "rédaction", "redaction", "redacción", "redaccion", "redactie", "redakcja", "redação", "newsroom", "σύνταξη", "συνταξη"]);

    /// <summary>The byline's label, where a line is read whole as a name: "von Redaktion BWK" over the date.</summary>
    private static readonly WordSet Labels = new(["von", "di", "par", "por", "door", "by"]);

    private const int MaxWords = 3;

    public static bool Is(ReadOnlySpan<char> name)
    {
        // "Rédaction Harbour and AFP": the agency joined after the newsroom is no part of the desk's name (NewsroomWithAgency).
        var text = NewsroomWithAgency.Newsroom(name).Trim();
        var space = text.IndexOf(' ');
        if (space > 0 && Labels.Contains(text[..space]))
        {
            text = text[(space + 1)..].TrimStart();
            space = text.IndexOf(' ');
        }

        return space > 0 && NewsroomWords.Contains(text[..space]) && Words.CountUpTo(text, MaxWords + 1) <= MaxWords;
    }

    /// <summary>
    /// "Gruß, Die Redaktion", "Eure Redaktion", "La rédaction": a blog's newsroom signing off under the text, its word last
    /// after an article, a greeting or a possessive. The line names no writer.
    /// </summary>
    public static bool EndsWithNewsroomWord(ReadOnlySpan<char> name)
    {
        var text = name.Trim().TrimEnd(".!");
        var space = text.LastIndexOf(' ');
        return space > 0 && NewsroomWords.Contains(text[(space + 1)..]) && Words.CountUpTo(text, MaxWords + 1) <= MaxWords;
    }
}
