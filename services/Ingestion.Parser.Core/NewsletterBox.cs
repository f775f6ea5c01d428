namespace Ingestion.Parser.Core;

/// <summary>
/// A newsletter's sign-up box as a text rendering prints it once its e-mail field is gone: the newsletter's name ("Der
/// EZ-Newsletter", "The Waterfront Brief") over its pitch ("Port, shipping and climate news from the harbor, every
/// Thursday.", "Recevez chaque matin l'essentiel de l'actualité.").
/// </summary>
internal static class NewsletterBox
{
    // ASCII only (a prefix where a word is not): the sets stay on the fastest search.
    private static readonly PhraseSet Rhythms = new(
        "every morning", "every weekday", "every day", "every week", "every monday", "every tuesday", "every wednesday", "every thursday",
        "every friday", "every saturday", "every sunday", "each morning", "each weekday", "each week", "twice a week", "chaque matin", "chaque jour",
        "chaque semaine", "cada ma", "cada semana", "jeden morgen", "jeden tag", "jede woche", "de segunda a sexta", "todas as manh", "ogni mattina",
        "ogni giorno", "elke ochtend", "elke dag", "iedere ochtend");

    private static readonly PhraseSet NewsWords = new(
        "news", "stories", "headlines", "noticias", "not\u00edcias", "nachrichten", "actualit", "informations", "notizie", "nieuws", "updates");

    /// <summary>Where the newsletter arrives: named, it makes the line a pitch on its own.</summary>
    private static readonly PhraseSet Inboxes = new(
        "in your inbox", "to your inbox", "in ihrem postfach", "en tu mail", "en tu correo", "dans votre bo", "na sua caixa", "nella tua casella",
        "in je mailbox", "in uw mailbox", "delivered to your");

    /// <summary>
    /// A word of either kind of marker: one search turns down the many lines that hold neither. It starts past the common
    /// words ("in", "to", "en") that open the markers, which would make the search stop at every other word of a text.
    /// </summary>
    private static readonly PhraseSet AnyMarker = new(
        "your inbox", "tu mail", "tu correo", "votre bo", "sua caixa", "tua casella", "mailbox", "postfach", "delivered to your", "every ", "each ",
        "twice a week", "chaque ", "cada ", "jeden ", "jede ", "segunda a sexta", "todas as manh", "ogni ", "elke ", "iedere ");

    /// <summary>"Top local stories delivered every weekday at 6 a.m.": news on a rhythm, or news to the reader's inbox.</summary>
    /// <remarks>A pitch is a sentence: a line that ends otherwise is turned down before any search.
    /// A reader's own words that happen to hold both ("Good news … My sister has been leaving at 5:30 every morning …")
    /// speak as "I" and are no pitch.</remarks>
    public static bool IsPitch(ReadOnlySpan<char> line) =>
        line.Length is > 0 and < 200 && line[^1] is '.' or '!' && AnyMarker.FoundIn(line) && (Inboxes.FoundIn(line) || (Rhythms.FoundIn(line) && NewsWords.FoundIn(line)))
        && !FirstPersonSingular.Speaks(line);

    /// <summary>
    /// "Get The Ledger Daily Money newsletter" / "Smart takes on your money, every Tuesday and Friday.": under a heading
    /// naming a newsletter, a short line naming when it arrives is its pitch, news words or none.
    /// </summary>
    /// <remarks>The line above is asked first: most lines stand under text too long for a heading, and it saves the search.</remarks>
    public static bool IsPitchUnderHeading(ReadOnlySpan<char> line, ReadOnlySpan<char> above) =>
        line.Length < 120 && IsHeading(above) && Rhythms.FoundIn(line);

    /// <summary>"Get The Ledger Daily Money newsletter", "La newsletter Actualité": a short heading naming a newsletter.</summary>
    public static bool IsHeading(ReadOnlySpan<char> line) =>
        line.Length < 80 && Newsletter.FoundIn(line) && !Words.EndsSentence(line) && Words.Count(line) <= 8;

    // A vectorised search: with invariant globalization, a case-insensitive Contains compares character by character.
    private static readonly PhraseSet Newsletter = new("newsletter");
}
