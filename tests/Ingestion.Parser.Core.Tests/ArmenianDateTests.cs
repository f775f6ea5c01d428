using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An Armenian date line (the month in Armenian, often in the genitive, "AMT" after the clock) reads as the English line it says.</summary>
public class ArmenianDateTests
{
    [Theory]
    [InlineData("18 հունվարի 2018 - 15:01 AMT", "2018-01-18T15:01:00+04:00")]
    [InlineData("3 մայիսի 2016", "2016-05-03")]
    [InlineData("չորեքշաբթի, 9 դեկտեմբերի 2015թ., 10:20", "2015-12-09T10:20:00")]
    [InlineData("9 դեկտեմբերի 2015 թ.", "2015-12-09")]
    public void An_armenian_date_line_reads_as_its_day_clock_and_zone(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("Նավահանգիստը վերաբացվել է 18 հունվարի 2018")]
    [InlineData("18 հունվարի 2018-ի արխիվ")]
    [InlineData("կիրակի 15:01")]
    [InlineData("Երևան +20 ... +35 C")]
    [InlineData("18 January 2018 - 15:01 AMT")]
    public void A_sentence_an_archive_link_a_line_without_a_month_or_without_armenian_is_not_read_as_armenian(string line)
    {
        Assert.Null(ArmenianDate.Normalised(line));
    }

    [Fact]
    public void The_page_under_its_headline_is_dated_by_the_armenian_line()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html><head><meta charset="utf-8"><title>Նավահանգիստը վերաբացվում է - Ծովափնյա Լուրեր</title></head>
            <body><h1 class="article_title">Նավահանգիստը վերաբացվում է</h1><div class="article_body"><div class="article_date">18 հունվարի 2018 - 15:01 AMT</div>
            <p>Նավահանգստի երեք նավամատույցները վերաբացվել են չորեքշաբթի առավոտյան՝ մեկշաբաթյա արտակարգ վերանորոգումից հետո, և առաջին նավերն արդեն կառանել են հյուսիսային ափին։</p>
            <p>Քաղաքապետարանի ներկայացուցիչը նշել է, որ նավամատույցների վերանորոգման ծախսերը կկազմեն մոտ երեսուն միլիոն դրամ, և աշխատանքները կֆինանսավորվեն քաղաքային բյուջեից։</p>
            <p>Ձկնորսները ողջունել են որոշումը՝ նշելով, որ փակման շաբաթվա ընթացքում իրենք ստիպված էին նավակները կայանել հարևան ծոցում և որսը տեղափոխել ճանապարհով։</p></div></body></html>
            """), "story.html", "text/html");

        Assert.Equal("2018-01-18T15:01:00+04:00", page.PublishedAt);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
