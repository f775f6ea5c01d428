using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateLineParserTests
{
    [Theory]
    [InlineData("September 26, 2013 at 9:05 am", "2013-09-26T09:05:00")]
    [InlineData("September 27, 2013 at 8:47 pm | Reply", "2013-09-27T20:47:00")]
    [InlineData("26/09/2013 09:05", "2013-09-26T09:05:00")]
    [InlineData("2013-09-26 09:05", "2013-09-26T09:05:00")]
    [InlineData("09.17.13 4:45 PM ET", "2013-09-17T16:45:00-04:00")]
    [InlineData("03.12.13 2:05 PM", "2013-03-12T14:05:00")]
    [InlineData("12.03.13 14:05", "2013-03-12T14:05:00")]
    [InlineData("November 21, 2016 4.12pm AEDT", "2016-11-21T16:12:00+11:00")]
    [InlineData("examiner.co.uk, Tuesday 13 September 2011 14.12 BST", "2011-09-13T14:12:00+01:00")]
    [InlineData("Page last updated at 14:12 GMT, Tuesday, 15 November 2011", "2011-11-15T14:12:00+00:00")]
    [InlineData("Date: September 17, 2013 - 4:12PM", "2013-09-17T16:12:00")]
    [InlineData("Latest update : 2013-09-28", "2013-09-28")]
    [InlineData("Sep 16 2013, 7:10a", "2013-09-16T07:10:00")]
    [InlineData("7:12am Wed 14 Mar 12", "2012-03-14T07:12:00")]
    [InlineData("Sep 17th 2013 11:38p", "2013-09-17T23:38:00")]
    [InlineData("17.09.2013 16:45", "2013-09-17T16:45:00")]
    [InlineData("Sep 26, 2013 9:05 AM EDT", "2013-09-26T09:05:00-04:00")]
    [InlineData("Published 11 Feb 2019 14:30 UTC", "2019-02-11T14:30:00+00:00")]
    [InlineData("2013-09-26T09:05:00Z", "2013-09-26T09:05:00+00:00")]
    [InlineData("2017-05-22T08:40:12-05:00", "2017-05-22T08:40:12-05:00")]
    [InlineData("am 3. März 2014 um 14:05 Uhr", "2014-03-03T14:05:00")]
    [InlineData("Artikel vom 12.03.2013, 14:05 Uhr", "2013-03-12T14:05:00")]
    [InlineData("Stand: 12.03.2013, 14:05 Uhr", "2013-03-12T14:05:00")]
    [InlineData("Article publié le 12/03/2013 à 14h05", "2013-03-12T14:05:00")]
    [InlineData("Publié le 24/08/2015 à 09h15", "2015-08-24T09:15:00")]
    [InlineData("15 février 2016 à 8 h 12 min", "2016-02-15T08:12:00")]
    [InlineData("15 FÉVRIER 2016", "2016-02-15")]
    [InlineData("3. MÄRZ 2014", "2014-03-03")]
    [InlineData("12 Stycznia 2024", "2024-01-12")]
    [InlineData("5 de agosto de 2017 a las 9:14 pm", "2017-08-05T21:14:00")]
    [InlineData("03.03.2014, 09:15 Uhr", "2014-03-03T09:15:00")]
    [InlineData("14/11/2013 - 09:15 h", "2013-11-14T09:15:00")]
    [InlineData("Friday, September 6, 2013 4:15 PM", "2013-09-06T16:15:00")]
    [InlineData("Oct. 8, 2023 10:47 p.m.", "2023-10-08T22:47:00")]
    [InlineData("9/4/2016 9:05 AM", "2016-09-04T09:05:00")]
    [InlineData("Tue, 03/12/2013 - 14:05", "2013-03-12T14:05:00")]
    [InlineData("Thu, 04/07/2016 - 18:30", "2016-04-07T18:30:00")]
    [InlineData("03-12-2013, 04:15 PM", "2013-03-12T16:15:00")]
    [InlineData("03-12-2013 16:15", "2013-12-03T16:15:00")]
    [InlineData("November 2, 2016", "2016-11-02")]
    [InlineData("12 maart 2024 om 14:05", "2024-03-12T14:05:00")]
    [InlineData("Laatst bijgewerkt: 12 maart 2022, 17:05", "2022-03-12T17:05:00")]
    [InlineData("Laatste update: 12 maart 2022, 17:05", "2022-03-12T17:05:00")]
    [InlineData("Tue 14 May 2024 06.00 BST", "2024-05-14T06:00:00+01:00")]
    [InlineData("Publicerad 12 mars 2024 kl. 14.05", "2024-03-12T14:05:00")]
    [InlineData("14 marca 2024, 10:32", "2024-03-14T10:32:00")]
    [InlineData("Tue, Sep 17, 2013, 01:00", "2013-09-17T01:00:00")]
    [InlineData("3:31 PM on Wed Oct 10 2007", "2007-10-10T15:31:00")]
    [InlineData("Wednesday, March 08 2006 @ 08:15 AM PST", "2006-03-08T08:15:00-08:00")]
    [InlineData("Wed Mar 08, 2006 10:42 am", "2006-03-08T10:42:00")]
    [InlineData("Tuesday March 07 2006, @09:31PM", "2006-03-07T21:31:00")]
    [InlineData("17 Sep, 2013 at 08.55 AM", "2013-09-17T08:55:00")]
    [InlineData("Sep 17, 2013, 04.12 AM IST", "2013-09-17T04:12:00+05:30")]
    [InlineData("17 Sep 2013 10:48:05am", "2013-09-17T10:48:05")]
    [InlineData("Posted 2013/09/17 at 4:31 PM ET", "2013-09-17T16:31:00-04:00")]
    [InlineData("Updated: 21 November 2013 11:02 PKT", "2013-11-21T11:02:00+05:00")]
    [InlineData("Wednesday, November 20, 2013 10:42 WIB", "2013-11-20T10:42:00+07:00")]
    [InlineData("20 Nov 2013 14:05 SAST", "2013-11-20T14:05:00+02:00")]
    [InlineData("October 8, 2013, 4:12 pm IDT", "2013-10-08T16:12:00+03:00")]
    [InlineData("Posted: November 20, 2013, 21:15 GST", "2013-11-20T21:15:00+04:00")]
    [InlineData("Posted at 09:15 AM PHT | 11/20/2013", "2013-11-20T09:15:00+08:00")]
    [InlineData("PUBLISHED : Wednesday, 20 November, 2013, 4:32pm HKT", "2013-11-20T16:32:00+08:00")]
    [InlineData("Published: 20:15 November 20, 2013", "2013-11-20T20:15:00")]
    [InlineData("12.09.2013 14:21 Uhr MESZ", "2013-09-12T14:21:00+02:00")]
    [InlineData("12.03.2015 17:05 (UTC+1)", "2015-03-12T17:05:00+01:00")]
    [InlineData("12.03.2015 17:05 GMT-03:00", "2015-03-12T17:05:00-03:00")]
    [InlineData("18.jun.2018 às 14h30", "2018-06-18T14:30:00")]
    [InlineData("21-11-19 07:45", "2019-11-21T07:45:00")]
    [InlineData("2013-12-05T17:42GMT", "2013-12-05T17:42:00+00:00")]
    [InlineData("Le 24/09/2013 à 19:08 | Répondre | Signaler un abus", "2013-09-24T19:08:00")]
    [InlineData("5/14/2012 2:18 PM EDT Antworten Gefällt mir Missbrauch melden", "2012-05-14T14:18:00-04:00")]
    [InlineData("24/09/2013 19:08 Responder Me gusta Denunciar abuso", "2013-09-24T19:08:00")]
    [InlineData("5/14/2012 2:18 PM EDT Reageer Vind ik leuk Meld misbruik", "2012-05-14T14:18:00-04:00")]
    [InlineData("2013-09-24 | 2013-09-24T10:42", "2013-09-24T10:42:00")]
    public void Reads_dates_as_pages_print_them(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("3 years ago")]
    [InlineData("Like · Reply · 3 years ago")]
    [InlineData("vor 2 Stunden")]
    [InlineData("il y a 3 jours")]
    [InlineData("hace 3 horas")]
    [InlineData("Yesterday at 9:05")]
    [InlineData("2h")]
    [InlineData("3 dagen geleden")]
    [InlineData("Reply · 5m")]
    [InlineData("för 3 timmar sedan")]
    [InlineData("2 dni temu")]
    [InlineData("Nov 10")]
    [InlineData("September 17 at 7:05pm")]
    [InlineData("3 years, 2 months ago")]
    [InlineData("2 days ago · Reply · Like (22) · Flag")]
    // A comment's age on a page saved years after it: a count of three digits right before its unit.
    [InlineData("181 months ago")]
    [InlineData("vor 104 Wochen")]
    public void Relative_times_are_date_lines_without_a_value(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.True(time.Relative);
        Assert.Null(time.ToIso());
    }

    [Theory]
    [InlineData("12 Responses")]
    [InlineData("Reply")]
    [InlineData("May")]
    [InlineData("Jan:")]
    [InlineData("3.50")]
    [InlineData("Tickets 12.50")]
    [InlineData("Tickets 12.50pm")]
    [InlineData("Date and time")]
    [InlineData("See www.example.co.uk for 2013")]
    [InlineData("The vote was on September 26, 2013, after a long debate.")]
    [InlineData("Laatst zagen we op 12 maart 2022 nog een volle zaal.")]
    [InlineData("Originally published 2011-03-10 at 9:05 PM | Page modified 2011-03-11 at 6:12 AM")]
    [InlineData("1931-05-04 2013-09-23")]
    [InlineData("of '14 2 days ago")]
    [InlineData("Room 181")]
    [InlineData("181 Harbour Road, March 2013")]
    [InlineData("[2017-06-08]")] // w3m's stand-in for a picture whose file name opens with its day
    public void Other_lines_are_not_date_lines(string line) => Assert.False(DateLineParser.TryParseLine(line, out _));

    [Theory]
    [InlineData("10:42 PM ET", 2013, 9, 24, "-04:00")]
    [InlineData("10:42 PM ET", 2013, 12, 24, "-05:00")]
    [InlineData("10:42 PM PT", 2006, 4, 1, "-08:00")]
    [InlineData("10:42 PM PT", 2006, 4, 2, "-07:00")]
    [InlineData("14:00 CEST", 2020, 1, 1, "+02:00")]
    public void Zone_abbreviations_follow_the_date(string clock, int year, int month, int day, string offset)
    {
        Assert.True(DateLineParser.TryParseLine(clock, out var time));

        var iso = new PageTime(new DateOnly(year, month, day), null, null, null, false).WithTimeOf(time).ToIso();

        Assert.EndsWith(offset, iso, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jueves 26 de septiembre de 2013 | 18:42 hs.", "2013-09-26T18:42:00")]
    [InlineData("26/09/2013 18:42 hs", "2013-09-26T18:42:00")]
    public void An_argentine_hours_mark_after_the_clock_is_no_unit(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }
}
