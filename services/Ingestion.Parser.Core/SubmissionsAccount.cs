namespace Ingestion.Parser.Core;

/// <summary>
/// "Apartment Therapy Submissions", "Riverside Reader Submissions": a magazine posts what readers send in (a house tour, a
/// photo essay) under an account named for its submissions, the site's name then the word. Asked by
/// <see cref="SiteAccountByline.Names"/> once the name opens with the site's: the account is the site's own, no writer,
/// as "Staff Report" is none; the reader who sent the piece in is named in the text. A name of one word ("Submissions")
/// or of more than four is not asked. Cost: a prefix compare and one last-word lookup per byline name, once per page.
/// </summary>
internal static class SubmissionsAccount
{
    private static readonly WordSet AccountWords = new(["submissions", "submission", "reader submissions"]);

    private const int MaxWords = 4;

    public static bool Is(ReadOnlySpan<char> name)
    {
        var text = name.Trim();
        var space = text.LastIndexOf(' ');
        return space > 0 && AccountWords.Contains(text[(space + 1)..]) && Words.CountUpTo(text, MaxWords + 1) <= MaxWords;
    }
}
