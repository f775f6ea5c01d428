namespace Ingestion.Parser.Core.Tests;

/// <summary>An invented newsroom blog post, up to its "Discussion" heading, for tests of the comment boxes under it.</summary>
internal static class FerryVotesPost
{
    public const string Text = """
        Harbour Ledger Newsroom

        How We Counted the Ferry Votes on Election Night

        By Mira Collins · March 21, 2023 · 4 min read

        On election night our small desk published the ferry board results within minutes of each precinct reporting its count.

        We wrote a script that read the county's results file every two minutes and redrew the map whenever the numbers changed.

        The whole setup cost us less than fifty dollars, most of it for the spare laptop that ran the script overnight.

        Discussion
        """ + "\n\n";
}
