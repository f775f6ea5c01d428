using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An application's name that a part of the document title widens by one word ("HBC" and "HBC中文网") gives way to that part.</summary>
public class ApplicationNameWidenedInTitleTests
{
    [Theory]
    [InlineData("HBC", "渡轮恢复航行 - HBC中文网 - 港口", "HBC中文网")]
    [InlineData("HBC", "Vuelven los transbordadores - HBC Mundo", "HBC Mundo")]
    public void A_title_part_after_the_headline_that_adds_one_word_to_the_application_name_is_the_site(string application, string title, string site)
    {
        Assert.Equal(site, ApplicationNameWidenedInTitle.Site(application, title));
    }

    [Theory]
    [InlineData("HBC", "HBC Radio wins the harbour prize - Awards")]
    [InlineData("HBC", "Ferries resume - HBC")]
    [InlineData("HBC", "Ferries resume - HBC News Online For The Whole Coast")]
    [InlineData("HBC", "Ferries resume - HBC2013 - Archive")]
    [InlineData("HBC", "Ferries resume - HBCHarbourBroadcastingCorp")]
    public void A_headline_the_name_alone_or_a_part_adding_more_than_one_short_word_is_no_widening(string application, string title)
    {
        Assert.Null(ApplicationNameWidenedInTitle.Site(application, title));
    }

    [Fact]
    public void The_page_names_the_service_of_its_title_not_the_group_of_its_application_meta()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>渡轮恢复航行 - HBC中文网 - 港口</title>
            <meta name="application-name" content="HBC"></head>
            <body><h1>渡轮恢复航行</h1>
            <p>港口的三条渡轮航线在星期三早上恢复航行，此前因为紧急维修停航了整整一个星期，候船的乘客排起了长队。</p>
            <p>港口负责人表示，在海湾等候的船只将在未来几个小时内按照新的时间表开始卸货，码头工人将轮班工作。</p>
            <p>他还说，维修队伍将继续在第四号码头连夜施工，直到下个月底全部完成，届时所有航线将恢复正常班次。</p>
            </body></html>
            """), "story.html", "text/html");

        Assert.Equal("HBC中文网", page.Site);
    }
}
