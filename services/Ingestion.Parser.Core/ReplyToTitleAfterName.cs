namespace Ingestion.Parser.Core;

/// <summary>
/// "Le 3 juillet à 16:55, par Marin En réponse à : Le bac garde sa course de nuit": SPIP's forum heads each message with
/// its date, its writer and the title of what it answers, the story's or a message's, on one line. The title after the
/// writer's name is the subject answered, no part of the name; English and German forums say "in reply to" and
/// "Antwort auf" in the same place. Cost: a few ordinal searches on a line read as a comment's header.
/// </summary>
internal static class ReplyToTitleAfterName
{
    private static readonly string[] Labels = [" En réponse à", " en réponse à", " In reply to", " in reply to", " Antwort auf", " En respuesta a"];

    /// <summary>The header up to the reply label, or the header itself when it names no subject answered.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> header)
    {
        foreach (var label in Labels)
        {
            if (header.IndexOf(label, StringComparison.Ordinal) is > 0 and var at)
            {
                return header[..at].TrimEnd();
            }
        }

        return header;
    }
}
