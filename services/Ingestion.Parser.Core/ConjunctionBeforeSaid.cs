namespace Ingestion.Parser.Core;

/// <summary>
/// "As Marla said on the forum: the form is too long", "Wie Jonas sagte: …": a reader citing another opens the clause
/// with "as" (German "wie", French "comme"). Up to its colon the line reads like a "Name said on …: text" header naming
/// "As Marla", and the comment was cut in two at it. No one signs with a conjunction before the name: such a line is
/// the comment's text.
/// </summary>
internal static class ConjunctionBeforeSaid
{
    private static readonly WordSet Conjunctions = new(["as", "like", "wie", "comme", "como", "zoals"]);

    /// <param name="name">What stands before the verb of saying.</param>
    public static bool Opens(ReadOnlySpan<char> name)
    {
        var text = name.Trim();
        var space = text.IndexOf(' ');
        return space > 0 && Conjunctions.Contains(text[..space]);
    }
}
