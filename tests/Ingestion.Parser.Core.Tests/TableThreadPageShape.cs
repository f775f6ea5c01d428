namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// An invented link board's item page in the shape of a table-laid thread: a submission line with votes, the post's
/// text, and comment rows whose first cell holds a spacer picture, wider for each reply level.
/// </summary>
internal static class TableThreadPageShape
{
    public static string Row(string id, string user, string time, int width, string text) => $"""
        <tr class="athing comtr" id="{id}"><td><table border="0"><tr><td class="ind" indent="{width / 40}"><img src="https://board.test/s.gif" height="1" width="{width}"></td><td valign="top" class="votelinks"><center><a id="up_{id}" href="https://board.test/vote?id={id}"><div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
        <a href="https://board.test/user?id={user}" class="hnuser">{user}</a> <span class="age" title="{time}"><a href="https://board.test/item?id={id}">1 day ago</a></span> <span id="unv_{id}"></span>          <span class="navs">
         | <a href="https://board.test/item?id=100#{id}" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="{id}" n="1" href="javascript:void(0)">[&#x2013;]</a><span class="onstory"></span>          </span>
              </span></div><br><div class="comment">
        <span class="commtext c00">{text}</span>
        <div class="reply"><p><font size="1"><u><a href="https://board.test/reply?id={id}">reply</a></u></font></p></div></div></td></tr></table></td></tr>
        """;

    public static string Page(string rows, string subline = "57 points by ferrywatcher <span class=\"age\" title=\"2024-03-02T09:15:00\"><a href=\"https://board.test/item?id=100\">1 day ago</a></span> | hide | past | favorite | <a href=\"https://board.test/item?id=100\">42&#xA0;comments</a>") => $"""
        <html><head><title>Ask Board: Which harbour ferry timetables are worth keeping? | Harbour Board</title></head><body><center><table id="main" width="85%">
        <tr><td><span class="pagetop"><b class="boardname"><a href="https://board.test/news">Harbour Board</a></b> <a href="https://board.test/newest">new</a> | <a href="https://board.test/ask">ask</a></span></td></tr>
        <tr><td><table class="fatitem"><tr class="athing" id="100"><td class="title"><span class="titleline"><a href="https://board.test/item?id=100">Ask Board: Which harbour ferry timetables are worth keeping?</a></span></td></tr>
        <tr><td class="subtext"><span class="subline">{subline}</span></td></tr>
        <tr><td><div class="toptext">I collect printed ferry timetables from the harbour towns and would like to know which ones other readers have kept over the years.<p>Old winter timetables from the island routes are the ones I am most curious about, since so few of them survive.</p></div></td></tr></table>
        <br><br><table border="0" class="comment-tree">
        {rows}
        </table></td></tr>
        <tr><td><center><span class="yclinks"><a href="https://board.test/guidelines.html">Guidelines</a> | <a href="https://board.test/faq.html">FAQ</a></span></center></td></tr></table></center></body></html>
        """;

    public static string ThreeRows =>
        Row("101", "tidewater_tom", "2024-03-02T10:01:00", 0, "The 1987 winter timetable for the island route is the one I kept, since it still lists the old night crossing.")
        + Row("102", "pier_nine", "2024-03-02T11:30:00", 40, "I have that one too. The night crossing was dropped two years later when the new pier opened.")
        + Row("103", "gull_counter", "2024-03-02T12:45:00", 0, "Summer timetables are easier to find, but the printed harbour maps on their backs are what make them worth keeping.");
}
