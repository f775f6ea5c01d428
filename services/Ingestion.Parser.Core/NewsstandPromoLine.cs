namespace Ingestion.Parser.Core;

/// <summary>
/// "En kiosques : janvier 2020", "Jetzt am Kiosk", "On newsstands now": a monthly's promotion of its print issue in the
/// top bar, a link to the shop. A text rendering prints it over the masthead, where it would pass for the site's name;
/// it is short, which keeps out a sentence that opens the same way.
/// </summary>
internal static class NewsstandPromoLine
{
    private const int MaxWords = 6;

    private static readonly PrefixSet Openings = new(
        "en kiosque", "jetzt am kiosk", "jetzt im handel", "neu am kiosk", "on newsstands", "on newsstand", "in kiosks", "en quiosco", "en kiosco",
        "in edicola");

    public static bool Is(ReadOnlySpan<char> text) => Openings.Matches(text) && Words.CountUpTo(text, MaxWords + 1) <= MaxWords;
}
