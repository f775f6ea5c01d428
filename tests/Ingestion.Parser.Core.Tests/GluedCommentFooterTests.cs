using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GluedCommentFooterTests
{
    [Theory]
    [InlineData("Great point.September 26, 2013 at 9:05 am | Reply", "Great point.", "September 26, 2013 at 9:05 am | Reply")]
    [InlineData("exactly rightSeptember 24, 2013 at 3:11 pm | Reply", "exactly right", "September 24, 2013 at 3:11 pm | Reply")]
    [InlineData("Tout à fait d'accord.Le 24/09/2013 à 19:08 | Répondre", "Tout à fait d'accord.", "Le 24/09/2013 à 19:08 | Répondre")]
    [InlineData("Stimmt genau.24.09.2013, 19:08 | Antworten", "Stimmt genau.", "24.09.2013, 19:08 | Antworten")]
    [InlineData("Great game.2013-09-28 | 10:09 PM", "Great game.", "2013-09-28 | 10:09 PM")]
    [InlineData("Stimmt genau24.09.2013, 19:08 | Antworten", "Stimmt genau", "24.09.2013, 19:08 | Antworten")]
    [InlineData("Muy de acuerdo!24 de septiembre de 2013 a las 19:08 | Responder", "Muy de acuerdo!", "24 de septiembre de 2013 a las 19:08 | Responder")]
    public void Text_glued_to_its_footer_is_split_into_two_lines(string line, string text, string footer)
    {
        var lines = GluedCommentFooter.Split([new TextLine(6, line)]);
        Assert.Equal([new TextLine(6, text), new TextLine(6, footer)], lines);
    }

    [Theory]
    [InlineData("September 26, 2013 at 9:05 am | Reply")]
    [InlineData("Iran says hello | Reply")]
    [InlineData("Posted on September 24, 2013 at 10:15 am | Reply")]
    [InlineData("[a]Ellen Marchetti Post authorFebruary 19, 2013 at 12:05 pm")]
    [InlineData("The vote moved to 24.09.2013, 19:08 | Antworten")]
    [InlineData("Council met on Sept. 24 | Photos | Video")]
    [InlineData("NASA.September 26, 2013 | 12 comments | Share")]
    [InlineData("by OldGold1984 on 2013-09-28 | 10:09 PM")]
    [InlineData("by OldGold1984 on 09/28/2013 | 10:09 PM")]
    public void A_footer_alone_or_a_line_with_a_spaced_date_stays_as_it_is(string line) =>
        Assert.Equal([new TextLine(0, line)], GluedCommentFooter.Split([new TextLine(0, line)]));
}
