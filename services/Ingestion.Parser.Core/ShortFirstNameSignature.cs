namespace Ingestion.Parser.Core;

/// <summary>
/// "… see you in a few weeks," / "Max Berger" under a post bylined "Maximilian Berger": a writer signs the text with the
/// short form of the first name the byline gives in full. The signature is the byline's writer when its surname is the
/// writer's and its first name opens the writer's first name (three letters at least); it then goes from the text as
/// <see cref="SignatureUnderText"/>'s exact signature does. Another first name ("Maria Berger" under "Markus Berger")
/// is another person.
/// </summary>
internal static class ShortFirstNameSignature
{
    private const int ShortestFirstName = 3;

    public static bool Names(string line, string author)
    {
        var signed = line.AsSpan().Trim();
        var full = author.AsSpan().Trim();
        var signedSpace = signed.IndexOf(' ');
        var fullSpace = full.IndexOf(' ');
        if (signedSpace < ShortestFirstName || fullSpace <= signedSpace || signed.Length >= full.Length)
        {
            return false;
        }

        // The surname and anything after the first name agree; the first name signed is the full one's opening.
        return signed[signedSpace..].Equals(full[fullSpace..], StringComparison.OrdinalIgnoreCase)
            && full[..fullSpace].StartsWith(signed[..signedSpace], StringComparison.OrdinalIgnoreCase)
            && char.IsUpper(signed[0]);
    }
}
