namespace Ingestion.Parser.Core;

/// <summary>
/// "Vaud: 120 millions pour rénover les gymnases", "Saint-Aubert : la fermeture de la maternité …": French-language
/// desks open a headline with the place it is about and a colon, as their own words; Swiss typography sets the colon
/// close to the place, as a kicker run into a German or English headline would be. The headline's words show its
/// language: French articles, prepositions and conjunctions that German and English do not use.
/// </summary>
internal static class FrenchHeadline
{
    private static readonly WordSet FunctionWords = new(["les", "des", "du", "pour", "aux", "une", "sur", "dans", "avec", "après", "contre", "selon", "est", "sont", "et", "au", "leur", "leurs", "ses"]);

    /// <summary>How many French function words the headline must hold: one may be a name or a loan word ("Des Moines").</summary>
    private const int MinFunctionWords = 2;

    public static bool Is(ReadOnlySpan<char> headline)
    {
        var found = 0;
        foreach (var range in headline.Split(' '))
        {
            var word = headline[range].Trim(",;:«»\"'.!?");
            found += FunctionWords.Contains(word) ? 1 : 0;
        }

        return found >= MinFunctionWords;
    }
}
