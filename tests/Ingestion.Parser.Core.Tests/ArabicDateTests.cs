using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>An Arabic date line (weekday, month names, the Arabic comma, Arabic-Indic digits) reads as the English line it says.</summary>
public class ArabicDateTests
{
    [Theory]
    [InlineData("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28T14:00:00+04:00")]
    [InlineData("نشر في 5 أكتوبر 2014 م", "2014-10-05")]
    [InlineData("الخميس ١٢ كانون الثاني ٢٠١٧ - 10:30 م", "2017-01-12T22:30:00")]
    [InlineData("السبت 3 مايو 2015 الساعة 09:15 صباحاً", "2015-05-03T09:15:00")]
    [InlineData("28 آب 2013", "2013-08-28")]
    [InlineData("الجمعة 7 جوان 2019", "2019-06-07")]
    public void An_arabic_date_line_reads_as_its_day_clock_and_zone(string line, string iso)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(iso, time.ToIso());
    }

    [Theory]
    [InlineData("قال المتحدث إن الهجوم وقع في 28 آب 2013")]
    [InlineData("28 محرم 1435 هـ")]
    [InlineData("معارضون يسيطرون على مخازن للصواريخ")]
    public void A_sentence_holding_a_date_or_a_date_of_another_calendar_is_no_date_line(string line)
    {
        Assert.Null(ArabicDate.Normalised(line));
        Assert.False(DateLineParser.TryParseLine(line, out _));
    }

    [Fact]
    public void The_page_under_its_headline_is_dated_by_the_arabic_line()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مرفأ المدينة يعيد فتح أرصفته</title></head>
            <body><div class="story"><h1>مرفأ المدينة يعيد فتح أرصفته</h1><div class="story-time">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div>
            <p>أعادت إدارة المرفأ فتح الأرصفة الثلاثة صباح الأربعاء بعد إغلاق دام أسبوعاً كاملاً بسبب أعمال الصيانة الطارئة.</p>
            <p>وقال مدير المرفأ إن السفن المنتظرة في الخليج ستبدأ تفريغ حمولاتها خلال الساعات المقبلة وفق جدول جديد.</p>
            <p>وأضاف أن فرق الصيانة ستواصل العمل ليلاً على الرصيف الرابع حتى نهاية الشهر المقبل.</p></div></body></html>
            """), "story.html", "text/html");

        Assert.Equal("2013-08-28T14:00:00+04:00", page.PublishedAt);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
