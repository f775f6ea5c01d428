using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BadgeAfterAvatarTests
{
    [Fact]
    public void A_subscriber_badge_under_the_avatar_is_no_name()
    {
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread);

        Assert.Equal("bernique56", page.Comments[0].Author);
        Assert.Equal(["Enfin une décision sensée, la digue nord ne tiendra pas un hiver de plus."], page.Comments[0].Paragraphs);
        Assert.DoesNotContain(page.Comments, comment => comment.Paragraphs.Contains("Abonné"));
    }

    [Fact]
    public void Without_the_badge_the_comment_reads_the_same()
    {
        var page = DailyThreadPage.Parse([DailyThreadPage.Thread[0] with { Subscriber = false }, .. DailyThreadPage.Thread[1..]]);

        Assert.Equal("bernique56", page.Comments[0].Author);
    }
}
