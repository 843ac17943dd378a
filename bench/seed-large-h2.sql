-- About 1,000,000 posts in 100,000 topics by 50,000 members, for measuring pages on a forum with years of posts.
-- Topic 1 is the measured one (20 posts, as in seed-topic-h2.sql); the others have 10 posts each. A stand-in until
-- the performance issue's dataset generator exists: the text repeats, so it says nothing about search.
INSERT INTO member (display_name, display_key, email, password_hash, language, created_at, email_verified_at)
SELECT 'Member' || x, 'member' || x, 'bench' || x || '@example.org', 'not-a-hash', CASE WHEN MOD(x, 3) = 0 THEN 'en' ELSE 'ja' END,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM (SELECT "X" AS x FROM SYSTEM_RANGE(1, 50000)) r;

INSERT INTO forum_topic (category_id, title, slug, language, visibility, status, author_id, post_count, reply_count,
                         created_at, last_posted_at)
SELECT (SELECT id FROM forum_category WHERE slug = 'treatments'), 'トリガーポイント注射で腰と脚の痛みが軽くなった話',
       'topic', 'ja', 'PUBLIC', 'VISIBLE', (SELECT MIN(id) FROM member), 20, 19, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP;

INSERT INTO forum_topic (category_id, title, slug, language, visibility, status, author_id, post_count, reply_count,
                         created_at, last_posted_at)
SELECT c.id, CASE WHEN MOD(x, 3) = 0 THEN 'Pain in my lower back and leg, topic ' || x ELSE '腰と脚の痛みについて ' || x END,
       'topic-' || x, CASE WHEN MOD(x, 3) = 0 THEN 'en' ELSE 'ja' END, 'PUBLIC', 'VISIBLE',
       (SELECT MIN(id) FROM member) + MOD(x * 7, 50000), 10, 9,
       DATEADD('MINUTE', -x * 5, CURRENT_TIMESTAMP), DATEADD('MINUTE', -x * 5 + 30, CURRENT_TIMESTAMP)
FROM (SELECT "X" AS x FROM SYSTEM_RANGE(2, 100000)) r
JOIN forum_category c ON c.position = MOD(x, 8) + 1;

INSERT INTO forum_post (topic_id, number, author_id, language, status, body_source, body_html, plain_text, created_at)
SELECT (SELECT MIN(id) FROM forum_topic), x, (SELECT MIN(id) FROM member) + x - 1, 'ja', 'VISIBLE', 'source',
       '<p>三年間、椎間板ヘルニアと言われて腰から脚にかけての痛みに悩んでいました。整形外科で神経ブロックを何度か受けましたが、あまり変わりませんでした。</p>'
           || '<blockquote><p>筋肉のしこりを押すと、いつもの痛みが再現されますね。</p></blockquote>'
           || '<p>トリガーポイント注射を週に一度、五回ほど受けたところ、朝の痛みがずいぶん楽になりました。<strong>ストレッチ</strong>も毎日続けています。</p>'
           || '<ul><li>注射：週1回</li><li>ストレッチ：朝と夜</li><li>温める：入浴</li></ul>'
           || '<p>I also read the <a href="https://example.org/" rel="nofollow ugc noopener">trigger point manual</a>; it helped me explain it to my doctor.</p>',
       'plain', CURRENT_TIMESTAMP
FROM (SELECT "X" AS x FROM SYSTEM_RANGE(1, 20)) r;

INSERT INTO forum_post (topic_id, number, author_id, language, status, body_source, body_html, plain_text, created_at)
SELECT t.id, n.x, t.author_id + MOD(n.x * 13, 1000), t.language, 'VISIBLE', 'source',
       CASE WHEN t.language = 'en'
            THEN '<p>I was told it was a disc problem for years. The pain goes from my lower back into the leg, worse in the morning.</p><p>Pressing a tender spot in the buttock brings back the same pain. Has anyone asked their doctor about trigger points?</p>'
            ELSE '<p>何年も椎間板の問題だと言われてきました。腰から脚にかけて痛み、朝がいちばんつらいです。</p><p>お尻の硬いところを押すと同じ痛みが出ます。トリガーポイントについて主治医に聞いてみた方はいますか。</p>' END,
       'plain', t.created_at
FROM forum_topic t CROSS JOIN (SELECT "X" AS x FROM SYSTEM_RANGE(1, 10)) n
WHERE t.slug <> 'topic';
