using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyCountUnderCommentTests
{
    private const string Story = """
        What two years of running a tool library taught me

        Marisol Okafor
        Mar 2, 2018

        We started with a drill, two ladders and a sign on the garage door. Two years later the library lends four hundred tools.

        The neighbors bring back more than they take, and most of them stay to talk.

        """;

    [Fact]
    public void A_cards_reply_count_under_its_text_declares_nothing()
    {
        const string thread = """
            Responses

            Dev Patel
            Mar 3, 2018

            This is wonderful. We have a seed library at our branch.

            12

            1 response

            Hannah Kowalczyk
            Mar 5, 2018

            How do you handle liability for the power tools?

            27
            """;
        Assert.Null(PageParser.Parse(Encoding.UTF8.GetBytes(Story + thread), "page.txt").DeclaredCommentCount);
    }

    [Fact]
    public void A_count_over_the_first_comment_still_declares_the_thread()
    {
        const string thread = """
            2 responses

            Dev Patel
            Mar 3, 2018

            This is wonderful. We have a seed library at our branch.

            Hannah Kowalczyk
            Mar 5, 2018

            How do you handle liability for the power tools?
            """;
        Assert.Equal(2, PageParser.Parse(Encoding.UTF8.GetBytes(Story + thread), "page.txt").DeclaredCommentCount);
    }
}
