using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LongNeighbourPostLinkTests
{
    [Theory]
    [InlineData("Guest post: Why the school funding formula is broken »", true)]
    [InlineData("« Lobbying reports: who spent what on the statehouse in August", true)]
    [InlineData("« Senate panel", false)]
    [InlineData("« Nous avons attendu trop longtemps, et personne ne nous a écoutés.", false)]
    [InlineData("Le maire a répondu : « Nous ferons tout pour garder la patinoire »", false)]
    [InlineData("The council voted 7-4 on Tuesday night to close the old arena at the end of the season.", false)]
    public void Tells_long_neighbour_post_links(string line, bool expected) =>
        Assert.Equal(expected, LongNeighbourPostLink.Is(line));
}
