-- One topic of 20 posts by 20 members, with realistic Japanese and English text, for measuring the topic page.
INSERT INTO member (display_name, display_key, email, password_hash, language, created_at, email_verified_at)
SELECT 'Member' || x, 'member' || x, 'bench' || x || '@example.org', 'not-a-hash', 'ja', CURRENT_TIMESTAMP,
       CURRENT_TIMESTAMP
FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20)) AS r (x);

INSERT INTO forum_topic (category_id, title, slug, language, visibility, status, author_id, post_count, reply_count,
                         created_at, last_posted_at)
SELECT id, 'トリガーポイント注射で腰と脚の痛みが軽くなった話', 'topic', 'ja', 'PUBLIC', 'VISIBLE',
       (SELECT MIN(id) FROM member), 20, 19, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM forum_category WHERE slug = 'treatments';

INSERT INTO forum_post (topic_id, number, author_id, language, status, body_source, body_html, plain_text, created_at)
SELECT (SELECT MAX(id) FROM forum_topic), x, (SELECT MIN(id) FROM member) + x - 1, 'ja', 'VISIBLE', 'source',
       '<p>三年間、椎間板ヘルニアと言われて腰から脚にかけての痛みに悩んでいました。整形外科で神経ブロックを何度か受けましたが、あまり変わりませんでした。</p>'
           || '<blockquote><p>筋肉のしこりを押すと、いつもの痛みが再現されますね。</p></blockquote>'
           || '<p>トリガーポイント注射を週に一度、五回ほど受けたところ、朝の痛みがずいぶん楽になりました。<strong>ストレッチ</strong>も毎日続けています。</p>'
           || '<ul><li>注射：週1回</li><li>ストレッチ：朝と夜</li><li>温める：入浴</li></ul>'
           || '<p>I also read the <a href="https://example.org/" rel="nofollow ugc noopener">trigger point manual</a>; it helped me explain it to my doctor.</p>',
       'plain', CURRENT_TIMESTAMP
FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20)) AS r (x);
