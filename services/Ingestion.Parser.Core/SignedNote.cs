namespace Ingestion.Parser.Core;

/// <summary>
/// "CNN PRODUCER NOTE … does not speak for us," he said. – kbrandt, CNN iReport producer": an editor's or producer's note
/// signed after its last sentence with a dash, the signer's name or handle and role. The note is prose; its signature
/// does not make it a caption or a headline.
/// </summary>
internal static class SignedNote
{
    private static readonly string[] Dashes = [" – ", " — ", " - "];

    private const int MaxSignatureWords = 6;

    private const int MinNoteWords = 12;

    /// <summary>Whether the line ends with a sentence and then a dash before a short signature.</summary>
    public static bool EndsWithSignature(string line)
    {
        var text = line.AsSpan().TrimEnd();
        foreach (var dash in Dashes)
        {
            var at = text.LastIndexOf(dash, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var signature = text[(at + dash.Length)..];
            if (Words.EndsSentence(text[..at]) && Words.Count(text[..at]) >= MinNoteWords && Words.Count(signature) is >= 1 and <= MaxSignatureWords
                && signature.Contains(',') && !Words.EndsSentence(signature))
            {
                return true;
            }
        }

        return false;
    }
}
