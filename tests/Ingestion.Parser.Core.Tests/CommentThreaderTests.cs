using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentThreaderTests
{
    [Fact]
    public void A_response_among_its_parents_siblings_answers_the_sibling_it_names()
    {
        var threader = new CommentThreader();

        threader.Add(0, "harkovian", null, ["The square is full."]);
        threader.Add(1, "PeteInLeeds", null, ["Will it hold?"], "Response to harkovian, 5 December 2013 6:14pm");
        threader.Add(1, "harkovian", null, ["People say yes."], "Response to PeteInLeeds, 5 December 2013 6:31pm");
        threader.Add(1, "marguerite_s", null, ["Stay safe."], "Response to harkovian, 5 December 2013 6:14pm");
        threader.Add(0, "Ex-diplomat", null, ["Not bidding against Moscow."]);

        Assert.Equal([null, 1, 2, 1, null], threader.Comments.Select(comment => comment.Parent));
    }
}
