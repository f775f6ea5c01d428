using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LowercaseTextUnderNameTests
{
    [Fact]
    public void A_short_reply_in_small_letters_under_its_name_is_its_text()
    {
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread);

        Assert.Equal(4, page.Comments.Count);
        Assert.Equal("Soizic Le Du", page.Comments[3].Author);
        Assert.Equal(["ils paient déjà la taxe de séjour"], page.Comments[3].Paragraphs);
        Assert.Equal("2013-04-19T22:54:00", page.Comments[3].PostedAt);
    }

    [Fact]
    public void The_same_reply_with_a_capital_and_a_full_stop_reads_the_same()
    {
        var thread = DailyThreadPage.Thread.ToArray();
        thread[2] = thread[2] with { Reply = thread[2].Reply! with { Text = "Ils paient déjà la taxe de séjour." } };
        var page = DailyThreadPage.Parse(thread);

        Assert.Equal(["Ils paient déjà la taxe de séjour."], page.Comments[3].Paragraphs);
    }
}
