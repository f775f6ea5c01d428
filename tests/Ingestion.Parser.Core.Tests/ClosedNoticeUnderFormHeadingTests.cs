using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ClosedNoticeUnderFormHeadingTests
{
    private const string Article = """
        Harbour Ledger

        Shop on Quay Road Raided for Second Time This Month

        By Mira Collins, Crime reporter

        9:05am Thursday 26th September 2013

        A shop on Quay Road was broken into for the second time this month when thieves forced the back door early on Wednesday.

        The owner said the thieves took cigarettes and the till, and left through the yard behind the shop before the alarm sounded.

        Anyone with information should call the harbour police, quoting the incident number given in their appeal.

        Have your say

        """;

    [Fact]
    public void A_closed_notice_right_under_the_form_heading_leaves_the_thread_under_it()
    {
        var page = Parse(Article + """
            Comments are closed on stories 7 days after they go live. Read the rules of this site

            Sort by: Newest first | Oldest first | Highest rated
            * Olive Brandt, Eastquay says...
            9:12am Thu 26 Sep 13
            That is the third shop on that road this year.
            Report this comment Rate this comment
            * Ned Harlow, Westbay says...
            10:31am Thu 26 Sep 13
            Shutters on the back door would have stopped them.
            Report this comment Rate this comment

            Post a comment

            Please sign in or register to comment.
            """);

        Assert.Equal(["Olive Brandt", "Ned Harlow"], page.Comments.Select(c => c.Author));
        Assert.Equal("Anyone with information should call the harbour police, quoting the incident number given in their appeal.", page.BodyParagraphs[^1]);
    }

    [Fact]
    public void A_closed_notice_with_no_thread_under_it_still_ends_the_page()
    {
        var page = Parse(Article + """
            Comments are closed on stories 7 days after they go live. Read the rules of this site

            Most read

            Harbour board votes to close ferry yard
            """);

        Assert.Empty(page.Comments);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
