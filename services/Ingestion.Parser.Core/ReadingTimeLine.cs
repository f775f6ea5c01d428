namespace Ingestion.Parser.Core;

/// <summary>
/// "Lesezeit: 1 Min.", "Reading time: 4 min.", "Temps de lecture : 3 min": the reading time a template prints under the
/// standfirst. Its abbreviation's full stop makes it look like the end of a sentence, so it is named here rather than
/// left to the rule that drops short lines without one.
/// </summary>
internal static class ReadingTimeLine
{
    private const int MaxLength = 40;

    private static readonly PhraseSet Labels = new(
        "reading time", "read time", "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura",
        "tempo de leitura", "leestijd", "läsningstid", "lesetid", "læsetid", "czas czytania");

    private static readonly PhraseSet MinuteWords = new(" min", "minute", "minuto", "minuti", "minuty", "minuut");

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length <= MaxLength && Words.HasDigit(text) && Labels.FoundIn(text) && MinuteWords.FoundIn(text);
}
