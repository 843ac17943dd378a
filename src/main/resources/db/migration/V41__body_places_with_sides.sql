-- Places on the body gained a side (issue 20): a paired region is now chosen as "<id>-right" or "<id>-left".
-- The kit before it offered paired regions without a side and its figure marked both sides of the body, so a saved
-- paired region becomes both of its sides: what the patient saw marked when they saved it. Midline regions keep
-- their ids. Every place on both sides is longer than the old column allowed.
ALTER TABLE doctor_kit_letter ALTER COLUMN regions SET DATA TYPE VARCHAR(4000);

UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',temple,', ',temple-right,temple-left,')) WHERE ',' || regions || ',' LIKE '%,temple,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',eye_orbit,', ',eye_orbit-right,eye_orbit-left,')) WHERE ',' || regions || ',' LIKE '%,eye_orbit,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',cheek_maxilla,', ',cheek_maxilla-right,cheek_maxilla-left,')) WHERE ',' || regions || ',' LIKE '%,cheek_maxilla,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',ear_tmj,', ',ear_tmj-right,ear_tmj-left,')) WHERE ',' || regions || ',' LIKE '%,ear_tmj,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',jaw_teeth,', ',jaw_teeth-right,jaw_teeth-left,')) WHERE ',' || regions || ',' LIKE '%,jaw_teeth,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',neck_shoulder_angle,', ',neck_shoulder_angle-right,neck_shoulder_angle-left,')) WHERE ',' || regions || ',' LIKE '%,neck_shoulder_angle,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',shoulder_anterior,', ',shoulder_anterior-right,shoulder_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,shoulder_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',shoulder_lateral,', ',shoulder_lateral-right,shoulder_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,shoulder_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',shoulder_posterior,', ',shoulder_posterior-right,shoulder_posterior-left,')) WHERE ',' || regions || ',' LIKE '%,shoulder_posterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',suprascapular,', ',suprascapular-right,suprascapular-left,')) WHERE ',' || regions || ',' LIKE '%,suprascapular,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',scapula,', ',scapula-right,scapula-left,')) WHERE ',' || regions || ',' LIKE '%,scapula,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',interscapular,', ',interscapular-right,interscapular-left,')) WHERE ',' || regions || ',' LIKE '%,interscapular,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',scapula_inferior_angle,', ',scapula_inferior_angle-right,scapula_inferior_angle-left,')) WHERE ',' || regions || ',' LIKE '%,scapula_inferior_angle,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',chest_pectoral,', ',chest_pectoral-right,chest_pectoral-left,')) WHERE ',' || regions || ',' LIKE '%,chest_pectoral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',chest_lateral,', ',chest_lateral-right,chest_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,chest_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',groin,', ',groin-right,groin-left,')) WHERE ',' || regions || ',' LIKE '%,groin,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',upper_arm_anterior,', ',upper_arm_anterior-right,upper_arm_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,upper_arm_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',upper_arm_posterior,', ',upper_arm_posterior-right,upper_arm_posterior-left,')) WHERE ',' || regions || ',' LIKE '%,upper_arm_posterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',elbow_anterior,', ',elbow_anterior-right,elbow_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,elbow_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',elbow_lateral,', ',elbow_lateral-right,elbow_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,elbow_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',elbow_medial,', ',elbow_medial-right,elbow_medial-left,')) WHERE ',' || regions || ',' LIKE '%,elbow_medial,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',forearm_volar,', ',forearm_volar-right,forearm_volar-left,')) WHERE ',' || regions || ',' LIKE '%,forearm_volar,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',forearm_dorsal,', ',forearm_dorsal-right,forearm_dorsal-left,')) WHERE ',' || regions || ',' LIKE '%,forearm_dorsal,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',wrist_palm,', ',wrist_palm-right,wrist_palm-left,')) WHERE ',' || regions || ',' LIKE '%,wrist_palm,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',wrist_hand_dorsum,', ',wrist_hand_dorsum-right,wrist_hand_dorsum-left,')) WHERE ',' || regions || ',' LIKE '%,wrist_hand_dorsum,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',thumb_radial_wrist,', ',thumb_radial_wrist-right,thumb_radial_wrist-left,')) WHERE ',' || regions || ',' LIKE '%,thumb_radial_wrist,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',fingers_index_middle,', ',fingers_index_middle-right,fingers_index_middle-left,')) WHERE ',' || regions || ',' LIKE '%,fingers_index_middle,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',fingers_ring_little,', ',fingers_ring_little-right,fingers_ring_little-left,')) WHERE ',' || regions || ',' LIKE '%,fingers_ring_little,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',mid_back,', ',mid_back-right,mid_back-left,')) WHERE ',' || regions || ',' LIKE '%,mid_back,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',low_back,', ',low_back-right,low_back-left,')) WHERE ',' || regions || ',' LIKE '%,low_back,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',iliac_crest_flank,', ',iliac_crest_flank-right,iliac_crest_flank-left,')) WHERE ',' || regions || ',' LIKE '%,iliac_crest_flank,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',buttock,', ',buttock-right,buttock-left,')) WHERE ',' || regions || ',' LIKE '%,buttock,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',hip_lateral,', ',hip_lateral-right,hip_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,hip_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',thigh_anterior,', ',thigh_anterior-right,thigh_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,thigh_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',thigh_medial,', ',thigh_medial-right,thigh_medial-left,')) WHERE ',' || regions || ',' LIKE '%,thigh_medial,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',thigh_lateral,', ',thigh_lateral-right,thigh_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,thigh_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',thigh_posterior,', ',thigh_posterior-right,thigh_posterior-left,')) WHERE ',' || regions || ',' LIKE '%,thigh_posterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',knee_anterior,', ',knee_anterior-right,knee_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,knee_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',knee_medial,', ',knee_medial-right,knee_medial-left,')) WHERE ',' || regions || ',' LIKE '%,knee_medial,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',knee_lateral,', ',knee_lateral-right,knee_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,knee_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',knee_posterior,', ',knee_posterior-right,knee_posterior-left,')) WHERE ',' || regions || ',' LIKE '%,knee_posterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',shin_anterior,', ',shin_anterior-right,shin_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,shin_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',leg_lateral,', ',leg_lateral-right,leg_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,leg_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',calf,', ',calf-right,calf-left,')) WHERE ',' || regions || ',' LIKE '%,calf,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',ankle_anterior,', ',ankle_anterior-right,ankle_anterior-left,')) WHERE ',' || regions || ',' LIKE '%,ankle_anterior,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',ankle_lateral,', ',ankle_lateral-right,ankle_lateral-left,')) WHERE ',' || regions || ',' LIKE '%,ankle_lateral,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',achilles,', ',achilles-right,achilles-left,')) WHERE ',' || regions || ',' LIKE '%,achilles,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',heel,', ',heel-right,heel-left,')) WHERE ',' || regions || ',' LIKE '%,heel,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',sole_arch,', ',sole_arch-right,sole_arch-left,')) WHERE ',' || regions || ',' LIKE '%,sole_arch,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',foot_dorsum,', ',foot_dorsum-right,foot_dorsum-left,')) WHERE ',' || regions || ',' LIKE '%,foot_dorsum,%';
UPDATE doctor_kit_letter SET regions = TRIM(BOTH ',' FROM REPLACE(',' || regions || ',', ',big_toe,', ',big_toe-right,big_toe-left,')) WHERE ',' || regions || ',' LIKE '%,big_toe,%';
