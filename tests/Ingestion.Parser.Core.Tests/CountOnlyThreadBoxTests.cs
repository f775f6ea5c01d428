using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CountOnlyThreadBoxTests
{
    [Fact]
    public void A_box_holding_only_the_count_heading_gives_the_count_and_the_list_after_it_the_comments()
    {
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread);

        Assert.Equal(4, page.DeclaredCommentCount);
        Assert.Equal(["bernique56", "Marc Levasseur", "capitaine.flam", "Soizic Le Du"], page.Comments.Select(comment => comment.Author));
        Assert.Equal("2013-04-07T17:29:00", page.Comments[1].PostedAt);
    }

    [Fact]
    public void The_article_keeps_its_text_and_not_the_count()
    {
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread);

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("commentaires", StringComparison.Ordinal));
    }

    [Fact]
    public void A_count_box_that_holds_more_than_a_heading_is_left_as_it_was()
    {
        // Control: the box's id names the comments and it holds a sentence besides the count; it is not passed over.
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread,
            """<div id="nbcomments" class="mod-line"><p>4 commentaires</p><p>Les commentaires sont modérés avant publication et les propos injurieux ne seront pas publiés sur le site.</p></div>""");

        Assert.Empty(page.Comments);
    }
}
